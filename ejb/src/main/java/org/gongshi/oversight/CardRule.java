package org.gongshi.oversight;

/**
 * The quarterly card (每季亮牌) of one tenant, decided on the quarter's compliance:
 * <ul>
 *   <li><b>red</b> when the score is below 60, or any request is overdue by more than
 *   {@value #SERIOUS_OVERDUE_DAYS} days (a reply more than a month late is a clear breach of Art. 33);</li>
 *   <li><b>green</b> when the score is 90 or more and no request is overdue at all;</li>
 *   <li><b>yellow</b> otherwise.</li>
 * </ul>
 * The rule that gave the card is part of the card, in words.
 */
public final class CardRule {

    public static final int SERIOUS_OVERDUE_DAYS = 30;

    /** A card with the rule that gave it. */
    public record Card(Colour colour, String rule) {
    }

    private CardRule() {
    }

    /**
     * @param score            the tenant's score on the computation date
     * @param overdueRequests  open requests past their reply date
     * @param mostDaysOverdue  days the most overdue of them is late (0 when none)
     */
    public static Card card(int score, int overdueRequests, long mostDaysOverdue) {
        if (score < ComplianceRules.YELLOW_FROM) {
            return new Card(Colour.RED, "红牌：得分" + score + "，低于" + ComplianceRules.YELLOW_FROM + "分");
        }
        if (mostDaysOverdue > SERIOUS_OVERDUE_DAYS) {
            return new Card(Colour.RED, "红牌：有依申请公开逾期超过" + SERIOUS_OVERDUE_DAYS + "日未答复（最长逾期" + mostDaysOverdue + "日）");
        }
        if (score >= ComplianceRules.GREEN_FROM && overdueRequests == 0) {
            return new Card(Colour.GREEN, "绿牌：得分" + score + "，不低于" + ComplianceRules.GREEN_FROM + "分且无逾期申请");
        }
        if (overdueRequests > 0) {
            return new Card(Colour.YELLOW, "黄牌：得分" + score + "，有" + overdueRequests + "件依申请公开逾期未答复");
        }
        return new Card(Colour.YELLOW, "黄牌：得分" + score + "，在" + ComplianceRules.YELLOW_FROM + "至"
                + (ComplianceRules.GREEN_FROM - 1) + "分之间");
    }

    /** The rule as a whole, printed on every card document. */
    public static String text() {
        return "绿牌：得分不低于" + ComplianceRules.GREEN_FROM + "分且无逾期未答复的依申请公开；红牌：得分低于"
                + ComplianceRules.YELLOW_FROM + "分，或有依申请公开逾期超过" + SERIOUS_OVERDUE_DAYS + "日未答复；其余为黄牌。";
    }
}
