package org.gongshi.web.ui;

import com.vaadin.flow.component.UI;
import org.gongshi.notice.DisclosureAttribute;
import org.gongshi.notice.NoticeStatus;
import org.gongshi.notice.NoticeView;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text for the staff screens that several views share: labels of the notice's enums (keyed by
 * their names), times in China Standard Time, the review progress and audit entries.
 */
public final class Texts {

    /** Times are shown as the clock on the wall of the village office. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);
    static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);
    static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZONE);

    private static final Pattern LEVELS = Pattern.compile("levels=(\\d+)");
    private static final Pattern LEVEL = Pattern.compile("level=(\\d+)(?:; (.*))?", Pattern.DOTALL);
    private static final Pattern OVERRIDE_BASIS = Pattern.compile("basis=([A-Z_]+); (.*)", Pattern.DOTALL);

    private Texts() {
    }

    public static String t(String key, Object... arguments) {
        UI ui = UI.getCurrent();
        return ui != null
                ? ui.getTranslation(key, arguments)
                : Translations.INSTANCE.getTranslation(key, Locale.SIMPLIFIED_CHINESE, arguments);
    }

    /** The label of an enum value under {@code prefix}, e.g. {@code notice.genre.} + {@code PUBLIC_NOTICE}. */
    public static String label(String prefix, Enum<?> value) {
        return value == null ? "" : t(prefix + value.name());
    }

    static String status(NoticeStatus status) {
        return label("notice.status.", status);
    }

    public static String minutes(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    static String seconds(Instant instant) {
        return instant == null ? "" : SECONDS.format(instant);
    }

    /** Tags as a Chinese list: 农业、补贴. */
    static String tags(Collection<String> tags) {
        return tags == null ? "" : String.join("、", tags.stream().sorted().toList());
    }

    /**
     * Where the notice stands in review: {@code 第 1/2 级审核} while in review, all levels passed
     * (and when it goes on the board) once approved; empty otherwise.
     */
    static String reviewProgress(NoticeView notice) {
        if (notice == null || notice.status() == null) {
            return "";
        }
        int levels = notice.reviewLevels() == null ? 0 : notice.reviewLevels();
        return switch (notice.status()) {
            case IN_REVIEW -> t("notice.review.progress", Math.min(notice.approvedLevels() + 1, Math.max(levels, 1)),
                    Math.max(levels, 1));
            case APPROVED -> {
                String passed = t("notice.review.approved", levels);
                if (notice.disclosure() != DisclosureAttribute.PROACTIVE) {
                    yield passed + t("notice.review.not-on-board");
                }
                yield notice.publishAt() == null ? passed
                        : passed + t("notice.review.scheduled", minutes(notice.publishAt()));
            }
            default -> "";
        };
    }

    /** The label of an audit action, e.g. {@code notice.published} → 发布; unknown actions as they are. */
    static String auditAction(String action) {
        if (action == null) {
            return "";
        }
        String key = "audit.action." + action;
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.SIMPLIFIED_CHINESE : ui.getLocale();
        return Translations.INSTANCE.has(key, locale) ? t(key) : action;
    }

    /** The reason of an audit entry in words: the business layer records {@code levels=2} or {@code level=1; 意见}. */
    static String auditReason(String action, String reason) {
        if (reason == null || reason.isBlank()) {
            return "";
        }
        if ("notice.submitted".equals(action)) {
            Matcher levels = LEVELS.matcher(reason);
            if (levels.matches()) {
                return t("notice.history.levels", Integer.parseInt(levels.group(1)));
            }
        }
        if ("notice.approved".equals(action)) {
            Matcher level = LEVEL.matcher(reason);
            if (level.matches()) {
                int n = Integer.parseInt(level.group(1));
                return level.group(2) == null || level.group(2).isBlank()
                        ? t("notice.history.level", n)
                        : t("notice.history.level-comment", n, level.group(2).strip());
            }
        }
        if ("notice.personal-data-overridden".equals(action)) {
            Matcher basis = OVERRIDE_BASIS.matcher(reason);
            if (basis.matches()) {
                String key = "privacy.override.basis." + basis.group(1);
                return (Translations.INSTANCE.has(key, UI.getCurrent() == null ? Locale.SIMPLIFIED_CHINESE : UI.getCurrent().getLocale())
                        ? t(key) : basis.group(1)) + "：" + basis.group(2);
            }
        }
        return reason;
    }
}
