package org.gongshi.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.gongshi.access.Callers;
import org.gongshi.notice.DisclosureAttribute;
import org.gongshi.notice.NoticeService;
import org.gongshi.notice.NoticeStatus;
import org.gongshi.notice.NoticeView;
import org.gongshi.shared.GongshiException;
import org.gongshi.shared.InvalidInput;
import org.gongshi.tenancy.DivisionCode;
import org.gongshi.tenancy.StaffIdentity;
import org.gongshi.tenancy.StaffRole;

import java.time.Clock;
import java.util.List;

/**
 * The reviewer's queue (三审): the notices of the division waiting for a level this reviewer may
 * take — never their own, never a second level of the same notice. Choosing one shows it exactly
 * as residents will see it, with its attributes; the reviewer approves (with an optional comment)
 * or returns it to its author with a reason.
 */
@Route(value = "review", layout = MainLayout.class)
@Dependent
public class ReviewQueueView extends FlexLayout implements HasDynamicTitle {

    static final int COMMENT_MAX = 1000;

    private final NoticeService notices;
    private final Clock clock;
    /** The signed-in user; {@code null} when the server refused to say who it is. */
    private final StaffIdentity me;
    private final boolean canReview;

    private final Grid<NoticeView> grid = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();
    private final H3 detailHeading = new H3();
    private final Paragraph nothingChosen = new Paragraph();
    private final NoticeSummary attributes = new NoticeSummary("review-attributes");
    private final IFrame frame = new IFrame();
    private final TextArea comment = new TextArea();
    private final Button approve = new Button();
    private final Button reject = new Button();
    private final Button history = new Button();

    /** The notice on the right, as the queue listed it; {@code null} when none is chosen. */
    private NoticeView chosen;

    @Inject
    public ReviewQueueView(NoticeService notices, Callers callers) {
        this(notices, callers, Clock.systemUTC());
    }

    ReviewQueueView(NoticeService notices, Callers callers, Clock clock) {
        this.notices = notices;
        this.clock = clock;
        this.me = UserMessages.signedIn(callers);
        this.canReview = me != null && me.has(StaffRole.REVIEWER);

        setFlexWrap(FlexWrap.WRAP);
        setWidthFull();
        getStyle().set("gap", "1.5rem").set("padding", "1rem").set("box-sizing", "border-box");

        VerticalLayout list = listSection();
        VerticalLayout right = detailSection();
        list.getStyle().set("flex", "2 1 24rem");
        right.getStyle().set("flex", "3 1 28rem");
        add(list, right);

        refresh();
        show(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.page-title", getTranslation("review.title"));
    }


    private VerticalLayout listSection() {
        H2 heading = new H2(getTranslation("review.title"));
        heading.getStyle().set("margin", "0");

        grid.setId("review-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addColumn(NoticeView::title).setKey("title")
                .setHeader(getTranslation("notice.column.title")).setFlexGrow(3);
        grid.addColumn(n -> Texts.label("notice.genre.", n.genre())).setKey("genre")
                .setHeader(getTranslation("notice.field.genre")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Texts::reviewProgress).setKey("level")
                .setHeader(getTranslation("review.column.level")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(NoticeView::submittedBy).setKey("submitted-by")
                .setHeader(getTranslation("notice.field.submitted-by")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> Texts.minutes(n.updatedAt())).setKey("updated")
                .setHeader(getTranslation("notice.column.updated")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("review.list.empty"));
        grid.setMinHeight("20rem");
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

        VerticalLayout section = new VerticalLayout(heading);
        section.setPadding(false);
        if (canReview) {
            section.add(grid);
            section.setFlexGrow(1, grid);
        } else {
            Paragraph refused = new Paragraph(getTranslation("error.access.role-required"));
            refused.setId("review-not-a-reviewer");
            section.add(refused);
        }
        return section;
    }

    private VerticalLayout detailSection() {
        detailHeading.getStyle().set("margin", "0");
        nothingChosen.setId("review-nothing-chosen");
        nothingChosen.setText(getTranslation("review.nothing-chosen"));

        frame.setId("review-preview");
        frame.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
        frame.setAriaLabel(getTranslation("notice.preview.frame-label"));
        frame.setWidthFull();
        frame.setHeight("60vh");
        frame.getStyle().set("border", "1px solid var(--vaadin-border-color, #ccc)").set("border-radius", "4px")
                .set("box-sizing", "border-box").set("background", "white");

        comment.setId("review-comment");
        comment.setLabel(getTranslation("review.comment"));
        comment.setMaxLength(COMMENT_MAX);
        comment.setWidthFull();

        approve.setId("review-approve");
        approve.setText(getTranslation("review.action.approve"));
        approve.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
        approve.addClickListener(e -> approveNow());

        reject.setId("review-reject");
        reject.setText(getTranslation("review.action.reject"));
        reject.addThemeVariants(ButtonVariant.ERROR);
        reject.addClickListener(e -> askRejection());

        history.setId("review-history");
        history.setText(getTranslation("notice.action.history"));
        history.addClickListener(e -> {
            if (chosen != null) {
                HistoryDialog.open(notices, chosen);
            }
        });

        HorizontalLayout actions = new HorizontalLayout(approve, reject, history);
        actions.getStyle().set("flex-wrap", "wrap");
        detail.add(detailHeading, attributes, frame, comment, actions);
        detail.setPadding(false);

        VerticalLayout section = new VerticalLayout(nothingChosen, detail);
        section.setPadding(false);
        section.setVisible(canReview);
        return section;
    }

    /** Reads the queue again; the notice that was chosen is dropped, since it may be gone. */
    private void refresh() {
        if (!canReview) {
            return;
        }
        List<NoticeView> queue;
        try {
            queue = notices.reviewQueue(me.division());
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
            queue = List.of();
        }
        grid.setItems(queue);
        grid.deselectAll();
        show(null);
    }

    private void show(NoticeView notice) {
        chosen = notice;
        nothingChosen.setVisible(notice == null);
        detail.setVisible(notice != null);
        comment.clear();
        if (notice == null) {
            attributes.show(null, id -> id);
            frame.setSrcdoc("");
            return;
        }
        detailHeading.setText(notice.title());
        attributes.show(notice, this::titleOf);
        PreviewDialog.show(frame, notice, clock, getLocale());
    }

    /** The title of the document a policy interpretation interprets; its id if it cannot be read. */
    private String titleOf(String id) {
        try {
            return notices.get(DivisionCode.of(chosen.divisionCode()), id).title();
        } catch (GongshiException e) {
            return id;
        }
    }

    private void approveNow() {
        if (chosen == null) {
            return;
        }
        NoticeView notice = chosen;
        int level = notice.approvedLevels() + 1;
        try {
            NoticeView approved = notices.approve(me.division(), notice.id(), notice.version(),
                    comment.getValue().isBlank() ? null : comment.getValue().strip());
            announceApproval(approved, level);
            refresh();
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
            if (!(refusal instanceof InvalidInput)) {
                refresh();
            }
        }
    }

    /** Says what the approval did: published, scheduled, passed to the next level, or kept off the board. */
    private static void announceApproval(NoticeView approved, int level) {
        if (approved.status() == NoticeStatus.PUBLISHED) {
            UserMessages.success("review.approved.published");
        } else if (approved.status() == NoticeStatus.IN_REVIEW) {
            UserMessages.success("review.approved.next-level", level, level + 1);
        } else if (approved.disclosure() != DisclosureAttribute.PROACTIVE) {
            UserMessages.success("review.approved.not-proactive");
        } else if (approved.publishAt() != null) {
            UserMessages.success("review.approved.scheduled", Texts.minutes(approved.publishAt()));
        } else {
            UserMessages.success("review.approved");
        }
    }

    private void askRejection() {
        if (chosen == null) {
            return;
        }
        NoticeView notice = chosen;
        new ReasonDialog(new String[]{"review-reject-dialog", "review-reason", "review-reject-confirm"},
                getTranslation("review.reject.header"), getTranslation("review.reject.text", notice.title()),
                getTranslation("review.reject.reason"), getTranslation("review.action.reject"), true,
                reason -> rejectNow(notice, reason)).open();
    }

    private boolean rejectNow(NoticeView notice, String reason) {
        try {
            notices.reject(me.division(), notice.id(), notice.version(), reason);
            UserMessages.success("review.rejected");
            refresh();
            return true;
        } catch (GongshiException refusal) {
            UserMessages.refusal(refusal);
            if (refusal instanceof InvalidInput) {
                return false;
            }
            refresh();
            return true;
        }
    }
}
