package org.gongshi.web.ui;

import org.gongshi.notice.NoticeText;
import org.gongshi.notice.NoticeView;

/** What the notice form edits: a mutable copy of the text, so the binder can buffer changes. */
public class NoticeFields {

    private String title = "";
    private String body = "";

    static NoticeFields of(NoticeView notice) {
        NoticeFields fields = new NoticeFields();
        fields.setTitle(notice.title());
        fields.setBody(notice.body());
        return fields;
    }

    NoticeText toText() {
        return new NoticeText(title, body);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body == null ? "" : body;
    }
}
