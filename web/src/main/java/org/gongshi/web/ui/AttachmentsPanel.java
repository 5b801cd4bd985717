package org.gongshi.web.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.enterprise.inject.spi.CDI;
import org.gongshi.attachment.AllowedType;
import org.gongshi.attachment.AttachmentFile;
import org.gongshi.attachment.AttachmentService;
import org.gongshi.attachment.AttachmentView;
import org.gongshi.notice.NoticeStatus;
import org.gongshi.notice.NoticeView;
import org.gongshi.shared.GongshiException;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;
import org.gongshi.web.i18n.FileSizes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The attachments of the notice in the editor: a list with download links for its division's staff
 * and, while the notice is a draft and the user is a clerk of its division, an upload (with the
 * upload's own progress bar) and remove buttons. The server decides what a file is from its
 * content; the accepted types and the size limit here only spare the user a pointless upload.
 */
public class AttachmentsPanel extends VerticalLayout {

    private final Supplier<AttachmentService> service;
    private StaffIdentity me;
    private final Span hint = new Span();
    private final Upload upload = new Upload();
    private final Div list = new Div();

    private NoticeView notice;
    private boolean editable;
    /** The service's limit, as last read; until then none here (the service still stops at its own). */
    private volatile long maxBytes = -1;

    /** For the editor in the server: the service comes from CDI when a notice is first shown. */
    public AttachmentsPanel() {
        this(new Lookup());
    }

    AttachmentsPanel(Supplier<AttachmentService> service) {
        this.service = service;
        setId("attachments-panel");
        setPadding(false);
        setSpacing(false);
        H3 heading = new H3(getTranslation("attachments.title"));
        heading.getStyle().set("margin", "0.5rem 0 0 0").set("font-size", "1rem");
        hint.getStyle().set("font-size", "0.875rem").set("color", "var(--vaadin-text-color-secondary, #555)");

        upload.setId("attachments-upload");
        upload.setAcceptedFileTypes(Arrays.stream(AllowedType.values())
                .flatMap(t -> java.util.stream.Stream.of(t.mediaType(), "." + t.extension())).toArray(String[]::new));
        upload.setUploadHandler(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                handleUpload(event);
            }

            @Override
            public long getFileSizeMax() {
                // The server refuses a larger file as well, whatever the browser was told.
                return maxBytes;
            }
        });
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("attachments.upload"))
                .setMany(getTranslation("attachments.upload")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("attachments.drop"))
                .setMany(getTranslation("attachments.drop")));
        upload.setI18n(i18n);

        list.setId("attachments-list");
        list.setWidthFull();
        add(heading, hint, list, upload);
        setVisible(false);
    }

    /** Shows the attachments of {@code shown} to {@code user}; nothing for a notice not yet saved. */
    public void show(NoticeView shown, StaffIdentity user) {
        this.notice = shown;
        this.me = user;
        AttachmentService attachments = shown == null ? null : service();
        if (attachments == null) {
            setVisible(false);
            return;
        }
        editable = user != null && user.has(StaffRole.CLERK) && user.division().value().equals(shown.divisionCode())
                && shown.status() == NoticeStatus.DRAFT;
        long max = attachments.maxBytes();
        maxBytes = max;
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
        upload.setVisible(editable);
        upload.clearFileList();
        hint.setText(editable ? getTranslation("attachments.hint", megabytes(max)) : getTranslation("attachments.read-only"));
        setVisible(true);
        refresh();
    }

    /** Reads the list again from the service. */
    void refresh() {
        list.removeAll();
        if (notice == null) {
            return;
        }
        List<AttachmentView> items;
        try {
            items = service().list(division(), notice.id());
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
            items = List.of();
        }
        if (items.isEmpty()) {
            Span empty = new Span(getTranslation("attachments.empty"));
            empty.addClassName("attachments-empty");
            list.add(empty);
        }
        for (AttachmentView a : items) {
            list.add(row(a));
        }
    }

    private HorizontalLayout row(AttachmentView a) {
        String id = a.id();
        String noticeId = notice.id();
        DivisionCode division = division();
        Supplier<AttachmentService> attachments = service;
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            AttachmentFile file = attachments.get().download(division, noticeId, id);
            return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(), file.mediaType(),
                    file.bytes().length);
        }), AttachmentType.DOWNLOAD, a.fileName());
        link.addClassName("attachment-name");
        Span type = new Span(a.typeLabel());
        Span size = new Span(FileSizes.human(a.size()));
        HorizontalLayout row = new HorizontalLayout(link, type, size);
        row.addClassName("attachment");
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (editable) {
            Button remove = new Button(getTranslation("attachments.remove"), e -> remove(a));
            remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            remove.addClassName("attachment-remove");
            row.add(remove);
        }
        return row;
    }

    private void remove(AttachmentView a) {
        try {
            service().remove(division(), notice.id(), a.id());
            UserMessages.success("attachments.removed", a.fileName());
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
        }
        refresh();
    }

    /** The upload request: the bytes go to the service as they arrive; it stops reading past the limit. */
    private void handleUpload(UploadEvent event) throws IOException {
        try (InputStream in = event.getInputStream()) {
            String refusal = receive(event.getFileName(), in, event.getUI());
            if (refusal != null) {
                event.reject(refusal);
            }
        }
    }

    /** Attaches one file; the refusal's text when the service refused it, else {@code null}. */
    String receive(String fileName, InputStream content, UI ui) {
        NoticeView target = notice;
        if (target == null || !editable) {
            return ui.getTranslation("error.attachment.not-draft");
        }
        try {
            AttachmentView added = service().attach(division(), target.id(), fileName, content);
            ui.access(() -> {
                UserMessages.success("attachments.added", added.fileName());
                refresh();
            });
            return null;
        } catch (GongshiException refusal) {
            ui.access(() -> UserMessages.refusal(refusal));
            return ui.getTranslation(refusal.messageKey(), refusal.arguments().toArray());
        }
    }

    private DivisionCode division() {
        return DivisionCode.of(notice.divisionCode());
    }

    private AttachmentService service() {
        try {
            return service.get();
        } catch (RuntimeException noContainer) {
            // Outside a CDI container (the screens' unit tests) the panel stays hidden.
            return null;
        }
    }

    private static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? Long.toString((long) mb) : String.format(java.util.Locale.ROOT, "%.1f", mb);
    }

    /** The service from CDI, looked up once. */
    private static final class Lookup implements Supplier<AttachmentService>, java.io.Serializable {
        private transient AttachmentService found;

        @Override
        public AttachmentService get() {
            if (found == null) {
                found = CDI.current().select(AttachmentService.class).get();
            }
            return found;
        }
    }
}
