package org.gongshi.web.ui.request;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.gongshi.access.Callers;
import org.gongshi.notice.NoticeView;
import org.gongshi.request.ProactiveCandidates;
import org.gongshi.request.RequestPermissions;
import org.gongshi.request.RequestService;
import org.gongshi.shared.GongshiException;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.web.ui.MainLayout;
import org.gongshi.web.ui.NoticeEditorView;
import org.gongshi.web.ui.UserMessages;

import java.util.List;

/**
 * Regulation Art. 44: information that several applicants asked for and got, which may move to
 * proactive disclosure. Each group shows a suggested title (editable), how many applicants and
 * which requests; one click makes a draft notice of it (reviewed like any notice) and opens it in
 * the notice editor. A county supervisor sees the groups of the whole county and moves nothing.
 */
@Route(value = "requests/proactive", layout = MainLayout.class)
@Dependent
public class ProactiveCandidatesView extends VerticalLayout implements HasDynamicTitle {

    /** {@code RequestService.moveToProactive} cuts a longer title to this length. */
    static final int TITLE_MAX = 100;

    private final RequestService requests;
    private final StaffIdentity me;
    private final Div candidates = new Div();

    @Inject
    public ProactiveCandidatesView(RequestService requests, Callers callers) {
        this.requests = requests;
        this.me = UserMessages.signedIn(callers);
        setWidthFull();
        H2 heading = new H2(getTranslation("request.proactive.title"));
        heading.getStyle().set("margin", "0");
        add(heading, new Paragraph(getTranslation("request.proactive.text")));
        candidates.setId("proactive-candidates");
        candidates.setWidthFull();
        add(candidates);
        if (me != null) {
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.page-title", getTranslation("request.proactive.title"));
    }

    private void refresh() {
        candidates.removeAll();
        List<ProactiveCandidates.Candidate> found;
        try {
            found = requests.proactiveCandidates(me.division());
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
            found = List.of();
        }
        if (found.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("request.proactive.empty"));
            none.setId("proactive-empty");
            candidates.add(none);
        }
        found.forEach(c -> candidates.add(card(c)));
    }

    private Div card(ProactiveCandidates.Candidate candidate) {
        TextField title = new TextField(getTranslation("request.proactive.suggested-title"));
        title.addClassName("proactive-title");
        title.setValue(candidate.suggestedTitle());
        title.setMaxLength(TITLE_MAX);
        title.setWidthFull();
        Span count = new Span(getTranslation("request.proactive.count", candidate.applicants(), candidate.requests().size()));
        count.addClassName("proactive-count");
        UnorderedList list = new UnorderedList();
        list.addClassName("proactive-requests");
        candidate.requests().forEach(m -> list.add(new ListItem(getTranslation("request.proactive.member",
                m.receiptNumber(), RequestTexts.date(m.receivedOn()), m.description()))));
        Div card = new Div(title, count, list);
        card.addClassName("proactive-candidate");
        card.getStyle().set("border", "1px solid var(--vaadin-border-color, #ccc)").set("border-radius", "6px")
                .set("padding", "0.75rem 1rem").set("margin-bottom", "1rem");
        boolean mayMove = RequestPermissions.mayHandle(me, me.division());
        title.setReadOnly(!mayMove);
        if (mayMove) {
            Button move = new Button(getTranslation("request.proactive.move"), e -> move(candidate, title.getValue()));
            move.addClassName("proactive-move");
            move.addThemeVariants(ButtonVariant.PRIMARY);
            card.add(move);
        }
        return card;
    }

    private void move(ProactiveCandidates.Candidate candidate, String title) {
        List<String> ids = candidate.requests().stream().map(ProactiveCandidates.Member::id).toList();
        NoticeView draft;
        try {
            draft = requests.moveToProactive(me.division(), ids, title == null || title.isBlank() ? null : title.strip());
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
            refresh();
            return;
        }
        UserMessages.success("request.proactive.moved");
        openInEditor(draft.id());
    }

    /** Opens the new draft in the notice editor. */
    void openInEditor(String noticeId) {
        UI.getCurrent().navigate(NoticeEditorView.class, NoticeEditorView.showing(noticeId));
    }
}
