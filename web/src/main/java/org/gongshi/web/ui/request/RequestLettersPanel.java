package org.gongshi.web.ui.request;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.gongshi.request.DocumentFile;
import org.gongshi.request.DocumentInfo;
import org.gongshi.request.RequestService;
import org.gongshi.request.RequestView;
import org.gongshi.shared.GongshiException;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.web.i18n.FileSizes;
import org.gongshi.web.ui.Texts;
import org.gongshi.web.ui.UserMessages;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * The letters written for a request (reply, fee notice, extension, correction notice; Word and PDF,
 * archived with it, Art. 45), newest last, each a download link. Read through the caller's own
 * division (a county supervisor's reads its subtree).
 */
final class RequestLettersPanel extends VerticalLayout {

    private final RequestService requests;
    private final DivisionCode division;
    private final Div list = new Div();

    RequestLettersPanel(RequestService requests, DivisionCode division) {
        this.requests = requests;
        this.division = division;
        setId("request-letters");
        setPadding(false);
        setSpacing(false);
        H4 heading = new H4(Texts.t("request.letters.title"));
        heading.getStyle().set("margin", "0.75rem 0 0.25rem 0");
        list.setWidthFull();
        add(heading, list);
    }

    void show(RequestView r) {
        list.removeAll();
        if (r == null) {
            return;
        }
        List<DocumentInfo> letters;
        try {
            letters = requests.documents(division, r.id());
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
            letters = List.of();
        }
        if (letters.isEmpty()) {
            Span empty = new Span(Texts.t("request.letters.empty"));
            empty.setId("request-letters-empty");
            list.add(empty);
        }
        for (DocumentInfo letter : letters) {
            list.add(row(r.id(), letter));
        }
    }

    private HorizontalLayout row(String requestId, DocumentInfo letter) {
        RequestService service = requests;
        DivisionCode scope = division;
        String documentId = letter.id();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            DocumentFile file = service.document(scope, requestId, documentId);
            return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(), file.mediaType(),
                    file.bytes().length);
        }), AttachmentType.DOWNLOAD, Texts.t("request.letters.link", Texts.label("request.document.", letter.kind()),
                Texts.label("request.format.", letter.format())));
        link.addClassName("request-letter");
        Span name = new Span(letter.fileName());
        name.addClassName("request-letter-file");
        Span size = new Span(FileSizes.human(letter.size()));
        Span made = new Span(Texts.minutes(letter.createdAt()));
        HorizontalLayout row = new HorizontalLayout(link, name, size, made);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap").set("font-size", "0.875rem");
        return row;
    }
}
