package org.gongshi.web.ui.request;

import org.gongshi.request.DueDate;
import org.gongshi.request.ReplyType;
import org.gongshi.request.RequestView;
import org.gongshi.request.ResultRow;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.DivisionDirectory;
import org.gongshi.web.ui.Texts;

import java.time.LocalDate;

/** Words for requests on the staff screens: enum labels keyed by name, dates, due marks. */
final class RequestTexts {

    private RequestTexts() {
    }

    static String state(org.gongshi.request.RequestState state) {
        return Texts.label("disclosure.state.", state);
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** {@code 2026-10-23}, with {@code （暂定）} while the date may still move. */
    static String due(DueDate due) {
        if (due == null) {
            return "";
        }
        return due.provisional() ? Texts.t("request.due.provisional", due.date().toString()) : due.date().toString();
    }

    /** The reply type as a row of table 三: {@code （三）4 保护第三方合法权益}. */
    static String replyType(ReplyType type) {
        return type == null ? "" : type.row().number() + " " + Texts.t("request.reply-type." + type.name());
    }

    /** The heading of a group of table 三: {@code （三）不予公开}. */
    static String replyGroup(String group) {
        return Texts.t("request.reply-group." + ("一二三四五六".indexOf(group.charAt(1)) + 1));
    }

    static String resultRow(ResultRow row) {
        return row == null ? "" : row.number() + " " + row.label();
    }

    /** The division's short name for lists and charts: 篁庄村委会; its code when the directory does not know it. */
    static String divisionName(String code) {
        try {
            return DivisionDirectory.seed().find(DivisionCode.of(code)).map(d -> d.name()).orElse(code);
        } catch (IllegalArgumentException e) {
            return String.valueOf(code);
        }
    }

    /** Overdue, due soon, and the warning that the window to ask for a correction closes (Art. 30). */
    static String marks(RequestView r, boolean dueSoon) {
        StringBuilder marks = new StringBuilder();
        if (r.overdue()) {
            marks.append(Texts.t("request.mark.overdue"));
        } else if (dueSoon) {
            marks.append(Texts.t("request.mark.due-soon"));
        }
        if (r.correction() != null && r.correction().warn()) {
            if (!marks.isEmpty()) {
                marks.append(" · ");
            }
            marks.append(Texts.t("request.mark.correction-closing", r.correction().deadline().date().toString()));
        }
        return marks.toString();
    }
}
