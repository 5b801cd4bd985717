package org.gongshi.web.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import org.gongshi.attachment.AttachmentService;
import org.gongshi.attachment.AttachmentView;
import org.gongshi.attachment.UnsupportedAttachment;
import org.gongshi.notice.NoticeView;
import org.gongshi.tenancy.StaffIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshi.web.ui.StaffUi.CLERK;
import static org.gongshi.web.ui.StaffUi.HUANGZHUANG_VILLAGE;
import static org.gongshi.web.ui.StaffUi.REVIEWER;
import static org.gongshi.web.ui.StaffUi.draft;
import static org.gongshi.web.ui.StaffUi.notificationTexts;
import static org.gongshi.web.ui.StaffUi.published;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class AttachmentsPanelTest {

    private static final String DRAFT_ID = "01956a3c-8a3e-7b2c-9f10-3b2d6c7e8f90";
    private static final String PUBLISHED_ID = "01956a3c-8a3e-7b2c-9f10-3b2d6c7e8f91";
    private static final String FILE_ID = "01956a3c-8a3e-7b2c-9f10-3b2d6c7e8f99";

    private final AttachmentService service = mock(AttachmentService.class);

    @BeforeEach
    void setUp() {
        StaffUi.setUp();
        when(service.maxBytes()).thenReturn(20L * 1024 * 1024);
    }

    @AfterEach
    void tearDown() {
        StaffUi.tearDown();
    }

    private AttachmentsPanel panel(StaffIdentity who, NoticeView notice) {
        AttachmentsPanel panel = new AttachmentsPanel(() -> service);
        UI.getCurrent().add(panel);
        panel.show(notice, who);
        return panel;
    }

    private static AttachmentView pdf(String noticeId) {
        return new AttachmentView(FILE_ID, noticeId, "低保名单.pdf", "application/pdf", "PDF", 2048,
                "0".repeat(64), "wc-hz-clerk", Instant.parse("2025-03-01T02:30:00Z"));
    }

    @Test
    void a_published_notice_shows_its_files_for_download_but_offers_no_upload_and_no_remove() {
        NoticeView notice = published(PUBLISHED_ID, HUANGZHUANG_VILLAGE, 3, "三月村务公开", "正文");
        when(service.list(HUANGZHUANG_VILLAGE, PUBLISHED_ID)).thenReturn(List.of(pdf(PUBLISHED_ID)));

        panel(CLERK, notice);

        _assertNone(Upload.class, spec -> spec.withId("attachments-upload"));
        assertThat(_find(Button.class, spec -> spec.withClasses("attachment-remove"))).isEmpty();
        Anchor link = _get(Anchor.class, spec -> spec.withClasses("attachment-name"));
        assertThat(link.getText()).isEqualTo("低保名单.pdf");
        assertThat(link.getHref()).isNotBlank();
        assertThat(texts()).contains("2 KB").contains("PDF");
        assertThat(texts()).contains("只有草稿可以修改附件。");
    }

    @Test
    void a_reviewer_sees_a_draft_read_only() {
        NoticeView notice = draft(DRAFT_ID, HUANGZHUANG_VILLAGE, 1, "三月村务公开", "正文");
        when(service.list(HUANGZHUANG_VILLAGE, DRAFT_ID)).thenReturn(List.of(pdf(DRAFT_ID)));

        panel(REVIEWER, notice);

        _assertNone(Upload.class, spec -> spec.withId("attachments-upload"));
        assertThat(_find(Button.class, spec -> spec.withClasses("attachment-remove"))).isEmpty();
    }

    @Test
    void a_clerk_uploads_to_a_draft_and_the_file_goes_to_the_service_and_into_the_list() {
        NoticeView notice = draft(DRAFT_ID, HUANGZHUANG_VILLAGE, 1, "三月村务公开", "正文");
        when(service.list(HUANGZHUANG_VILLAGE, DRAFT_ID)).thenReturn(List.of());
        AttachmentsPanel panel = panel(CLERK, notice);
        Upload upload = _get(Upload.class, spec -> spec.withId("attachments-upload"));
        assertThat(upload.isVisible()).isTrue();
        assertThat(upload.getMaxFileSize()).isEqualTo(20 * 1024 * 1024);
        assertThat(upload.getAcceptedFileTypes()).contains("application/pdf", ".docx", ".xlsx", "image/png");
        assertThat(texts()).contains("暂无附件。");

        InputStream bytes = new ByteArrayInputStream("%PDF-1.4".getBytes());
        when(service.attach(HUANGZHUANG_VILLAGE, DRAFT_ID, "低保名单.pdf", bytes)).thenReturn(pdf(DRAFT_ID));
        when(service.list(HUANGZHUANG_VILLAGE, DRAFT_ID)).thenReturn(List.of(pdf(DRAFT_ID)));

        String refusal = panel.receive("低保名单.pdf", bytes, UI.getCurrent());
        MockVaadin.clientRoundtrip(false);

        assertThat(refusal).isNull();
        verify(service).attach(HUANGZHUANG_VILLAGE, DRAFT_ID, "低保名单.pdf", bytes);
        assertThat(_get(Anchor.class, spec -> spec.withClasses("attachment-name")).getText()).isEqualTo("低保名单.pdf");
        assertThat(notificationTexts()).contains("已添加附件“低保名单.pdf”。");
        assertThat(_find(Button.class, spec -> spec.withClasses("attachment-remove"))).hasSize(1);
    }

    @Test
    void a_file_the_service_refuses_is_answered_in_chinese() {
        NoticeView notice = draft(DRAFT_ID, HUANGZHUANG_VILLAGE, 1, "三月村务公开", "正文");
        when(service.list(HUANGZHUANG_VILLAGE, DRAFT_ID)).thenReturn(List.of());
        AttachmentsPanel panel = panel(CLERK, notice);
        when(service.attach(eq(HUANGZHUANG_VILLAGE), eq(DRAFT_ID), anyString(), any()))
                .thenThrow(new UnsupportedAttachment());

        String refusal = panel.receive("页面.pdf", new ByteArrayInputStream("<html>".getBytes()), UI.getCurrent());
        MockVaadin.clientRoundtrip(false);

        assertThat(refusal).startsWith("不支持这种文件。只能上传 PDF、PNG");
        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("不支持这种文件。"));
    }

    @Test
    void an_upload_to_a_published_notice_never_reaches_the_service() {
        NoticeView notice = published(PUBLISHED_ID, HUANGZHUANG_VILLAGE, 3, "三月村务公开", "正文");
        when(service.list(HUANGZHUANG_VILLAGE, PUBLISHED_ID)).thenReturn(List.of());
        AttachmentsPanel panel = panel(CLERK, notice);

        assertThat(panel.receive("x.pdf", new ByteArrayInputStream(new byte[1]), UI.getCurrent())).isNotNull();
        verify(service, never()).attach(any(), any(), any(), any());
    }

    @Test
    void the_remove_button_removes_through_the_service() {
        NoticeView notice = draft(DRAFT_ID, HUANGZHUANG_VILLAGE, 1, "三月村务公开", "正文");
        when(service.list(HUANGZHUANG_VILLAGE, DRAFT_ID)).thenReturn(List.of(pdf(DRAFT_ID)));
        panel(CLERK, notice);

        _get(Button.class, spec -> spec.withClasses("attachment-remove")).click();

        verify(service).remove(HUANGZHUANG_VILLAGE, DRAFT_ID, FILE_ID);
    }

    private static String texts() {
        StringBuilder all = new StringBuilder();
        _find(com.vaadin.flow.component.html.Span.class).forEach(s -> all.append(s.getText()).append('\n'));
        return all.toString();
    }
}
