package org.gongshi.web.ui;

import org.gongshi.notice.DisclosureAttribute;
import org.gongshi.notice.Genre;
import org.gongshi.notice.NoticeContent;
import org.gongshi.notice.NoticeView;
import org.gongshi.notice.Validity;
import org.gongshi.notice.WithholdingReason;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the notice form edits: a mutable copy of the notice's content, so the binder can buffer
 * changes. Fields that do not apply to the chosen genre or disclosure attribute are kept while the
 * user switches back and forth, but {@link #toContent()} leaves them out.
 */
public class NoticeFields {

    /** The scheduled publication time is entered in China Standard Time. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private String title = "";
    private String body = "";
    private String section = "";
    /** The standard catalog item's key (公开事项); "" for none yet. */
    private String catalogItem = "";
    private Genre genre = Genre.NOTIFICATION;
    private Set<String> topics = new LinkedHashSet<>();
    private String agency = "";
    private Set<String> audiences = new LinkedHashSet<>();
    private String documentNumber = "";
    private LocalDate writtenOn;
    private DisclosureAttribute disclosure = DisclosureAttribute.PROACTIVE;
    private WithholdingReason withholdingReason;
    private LocalDate rereviewOn;
    private LocalDate noticeStartsOn;
    private LocalDate noticeEndsOn;
    private Validity validity = Validity.IN_FORCE;
    private LocalDate validUntil;
    private boolean needsInterpretation;
    private String interpretsId;
    private LocalDateTime publishAt;

    static NoticeFields of(NoticeView notice) {
        NoticeFields fields = new NoticeFields();
        fields.setTitle(notice.title());
        fields.setBody(notice.body());
        fields.setSection(notice.section());
        fields.setCatalogItem(notice.catalogItem());
        fields.setGenre(notice.genre());
        fields.setTopics(notice.topics());
        fields.setAgency(notice.agency());
        fields.setAudiences(notice.audiences());
        fields.setDocumentNumber(notice.documentNumber());
        fields.setWrittenOn(notice.writtenOn());
        fields.setDisclosure(notice.disclosure());
        fields.setWithholdingReason(notice.withholdingReason());
        fields.setRereviewOn(notice.rereviewOn());
        fields.setNoticeStartsOn(notice.noticeStartsOn());
        fields.setNoticeEndsOn(notice.noticeEndsOn());
        fields.setValidity(notice.validity());
        fields.setValidUntil(notice.validUntil());
        fields.setNeedsInterpretation(notice.needsInterpretation());
        fields.setInterpretsId(notice.interpretsId());
        fields.setPublishAt(notice.publishAt() == null ? null : LocalDateTime.ofInstant(notice.publishAt(), ZONE));
        return fields;
    }

    /** The content to save: blank texts as {@code null}, and only the fields that apply. */
    NoticeContent toContent() {
        boolean publicNotice = genre == Genre.PUBLIC_NOTICE;
        boolean normative = genre == Genre.NORMATIVE_DOCUMENT;
        boolean withheld = disclosure == DisclosureAttribute.WITHHELD;
        return new NoticeContent(title, body, blankToNull(section), genre, Set.copyOf(topics), blankToNull(agency),
                Set.copyOf(audiences), blankToNull(documentNumber), writtenOn, disclosure,
                withheld ? withholdingReason : null, withheld ? rereviewOn : null,
                publicNotice ? noticeStartsOn : null, publicNotice ? noticeEndsOn : null,
                normative ? validity : null, normative ? validUntil : null, normative && needsInterpretation,
                genre == Genre.POLICY_INTERPRETATION ? interpretsId : null,
                publishAt == null ? null : publishAt.atZone(ZONE).toInstant(), blankToNull(catalogItem));
    }

    public String getCatalogItem() {
        return catalogItem;
    }

    public void setCatalogItem(String catalogItem) {
        this.catalogItem = catalogItem == null ? "" : catalogItem;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
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

    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section == null ? "" : section;
    }

    public Genre getGenre() {
        return genre;
    }

    public void setGenre(Genre genre) {
        this.genre = genre == null ? Genre.NOTIFICATION : genre;
    }

    public Set<String> getTopics() {
        return topics;
    }

    public void setTopics(Set<String> topics) {
        this.topics = topics == null ? new LinkedHashSet<>() : new LinkedHashSet<>(topics);
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency == null ? "" : agency;
    }

    public Set<String> getAudiences() {
        return audiences;
    }

    public void setAudiences(Set<String> audiences) {
        this.audiences = audiences == null ? new LinkedHashSet<>() : new LinkedHashSet<>(audiences);
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber == null ? "" : documentNumber;
    }

    public LocalDate getWrittenOn() {
        return writtenOn;
    }

    public void setWrittenOn(LocalDate writtenOn) {
        this.writtenOn = writtenOn;
    }

    public DisclosureAttribute getDisclosure() {
        return disclosure;
    }

    public void setDisclosure(DisclosureAttribute disclosure) {
        this.disclosure = disclosure == null ? DisclosureAttribute.PROACTIVE : disclosure;
    }

    public WithholdingReason getWithholdingReason() {
        return withholdingReason;
    }

    public void setWithholdingReason(WithholdingReason withholdingReason) {
        this.withholdingReason = withholdingReason;
    }

    public LocalDate getRereviewOn() {
        return rereviewOn;
    }

    public void setRereviewOn(LocalDate rereviewOn) {
        this.rereviewOn = rereviewOn;
    }

    public LocalDate getNoticeStartsOn() {
        return noticeStartsOn;
    }

    public void setNoticeStartsOn(LocalDate noticeStartsOn) {
        this.noticeStartsOn = noticeStartsOn;
    }

    public LocalDate getNoticeEndsOn() {
        return noticeEndsOn;
    }

    public void setNoticeEndsOn(LocalDate noticeEndsOn) {
        this.noticeEndsOn = noticeEndsOn;
    }

    public Validity getValidity() {
        return validity;
    }

    public void setValidity(Validity validity) {
        this.validity = validity == null ? Validity.IN_FORCE : validity;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public boolean isNeedsInterpretation() {
        return needsInterpretation;
    }

    public void setNeedsInterpretation(boolean needsInterpretation) {
        this.needsInterpretation = needsInterpretation;
    }

    public String getInterpretsId() {
        return interpretsId;
    }

    public void setInterpretsId(String interpretsId) {
        this.interpretsId = interpretsId;
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    /** For the preview: a notice view with this content and the rest taken from {@code base} (or empty). */
    static NoticeView withContent(NoticeView base, String divisionCode, NoticeContent c) {
        if (base == null) {
            return new NoticeView(null, divisionCode, 0, c.title(), c.body(), null, c.section(), c.genre(),
                    c.topics(), c.agency(), c.audiences(), c.documentNumber(), null, c.writtenOn(), c.disclosure(),
                    c.withholdingReason(), c.rereviewOn(), c.noticeStartsOn(), c.noticeEndsOn(), c.validity(),
                    c.validUntil(), c.needsInterpretation(), c.interpretsId(), c.publishAt(), null, 0, 0,
                    null, null, null, null, null, null, null, null, null, null, null, null, null, c.catalogItem());
        }
        return new NoticeView(base.id(), base.divisionCode(), base.version(), c.title(), c.body(), base.status(),
                c.section(), c.genre(), c.topics(), c.agency(), c.audiences(), c.documentNumber(), base.indexNumber(),
                c.writtenOn(), c.disclosure(), c.withholdingReason(), c.rereviewOn(), c.noticeStartsOn(),
                c.noticeEndsOn(), c.validity(), c.validUntil(), c.needsInterpretation(), c.interpretsId(),
                c.publishAt(), base.reviewLevels(), base.approvedLevels(), base.revision(), base.createdBy(),
                base.createdAt(), base.updatedBy(), base.updatedAt(), base.submittedBy(), base.publishedAt(),
                base.withdrawnAt(), base.withdrawalReason(), base.changeNote(), base.revisedAt(), null, null, null,
                c.catalogItem());
    }
}
