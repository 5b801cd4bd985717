package org.gongshi.notice;

import org.gongshi.shared.GongshiException;

import java.util.Locale;

/**
 * The refusal to publish (or send to review) a notice in which the personal-data check found
 * something that no recorded reason covers (Regulation Art. 15). The message names the first place:
 * "正文第3行发现疑似身份证号码（**************1239）等 3 处个人信息…". Its arguments, in every key:
 * {0} the kind (0 citizen ID, 1 mobile, 2 bank card), {1} the masked number, {2} how many places in
 * all, {3} the line, {4} the attachment's name. The full list is {@code NoticeService.personalData}.
 */
public class PersonalDataFound extends GongshiException {

    PersonalDataFound(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    /** The refusal for a report that blocks publication, naming its first blocking place. */
    public static PersonalDataFound of(PersonalDataReport report) {
        int count = report.hits().size() + (int) report.unchecked().stream().filter(PersonalDataReport.Unchecked::blocks).count();
        if (!report.hits().isEmpty()) {
            PersonalDataReport.Hit first = report.hits().get(0);
            String place = first.place().name().toLowerCase(Locale.ROOT).replace('_', '-');
            return new PersonalDataFound("error.privacy.found." + place, first.kind().ordinal(), first.masked(), count,
                    first.line(), first.attachmentName() == null ? "" : first.attachmentName());
        }
        PersonalDataReport.Unchecked file = report.unchecked().stream().filter(PersonalDataReport.Unchecked::blocks)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("Nothing blocks publication."));
        String key = file.why() == PartText.Check.TOO_LONG ? "error.privacy.attachment-too-long" : "error.privacy.attachment-unreadable";
        return new PersonalDataFound(key, 0, "", count, 0, file.attachmentName());
    }

    @Override
    public Kind kind() {
        return Kind.UNPROCESSABLE;
    }
}
