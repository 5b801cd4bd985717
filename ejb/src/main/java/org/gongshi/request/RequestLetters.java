package org.gongshi.request;

import org.gongshi.document.OfficialDocument;
import org.gongshi.tenancy.DivisionDirectory;

import java.time.LocalDate;

/**
 * The letters a request produces, in the words Chinese agencies use for them: the reply (政府信息公开
 * 申请答复书, Arts. 36–37 with the legal remedies), the fee notice (收费通知书, 国办函〔2020〕109号), the
 * extension notice (延期答复告知书, Art. 33 (2)) and the correction notice (补正告知书, Art. 30). The
 * letters are legal documents in Chinese only; they go to the applicant and the archive, never to a
 * board. Built from the request's stored facts only, so a letter can be written again identically.
 */
final class RequestLetters {

    private static final String REGULATION = "《中华人民共和国政府信息公开条例》";

    private RequestLetters() {
    }

    static OfficialDocument reply(DisclosureRequest r, LocalDate date) {
        Issuer issuer = issuer(r);
        ReplyType type = r.replyType();
        String title = switch (type.row().group()) {
            case "（五）", "（六）" -> "政府信息公开申请告知书";
            default -> "政府信息公开申请答复书";
        };
        OfficialDocument.Builder doc = OfficialDocument.builder(title)
                .number("受理编号：" + r.receiptNumber())
                .addressee(r.applicantName())
                .paragraph(opening(r));
        history(r, doc);
        doc.paragraph(decision(r));
        if (type.needsReason() && r.replyReason() != null && !decisionCarriesReason(type)) {
            doc.paragraph("理由：" + r.replyReason());
        }
        if (r.feeYuan() != null && "PAID".equals(r.feeSettlement())) {
            doc.paragraph("本次申请已按《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费"
                    + r.feeYuan() + "元。");
        }
        doc.paragraph(remedies(issuer));
        doc.paragraph("特此答复。");
        return doc.signature(issuer.name(), ReplyDeadline.format(date))
                .footnote("本文书依申请送达申请人，不在公示栏或政府网站公开发布。联系我们请注明受理编号。")
                .build();
    }

    static OfficialDocument feeNotice(DisclosureRequest r, Fees.Fee fee, LocalDate date, LocalDate last) {
        Issuer issuer = issuer(r);
        OfficialDocument.Builder doc = OfficialDocument.builder("政府信息公开信息处理费收费通知书")
                .number("受理编号：" + r.receiptNumber())
                .addressee(r.applicantName())
                .paragraph(opening(r));
        doc.paragraph("根据" + REGULATION + "第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，"
                + "你（单位）的申请需缴纳信息处理费，计费方式为" + (fee.method() == FeeMethod.PER_REQUEST ? "按件计收" : "按量计收")
                + "，应缴金额" + fee.yuan() + "元。计算如下：");
        for (String line : fee.explanation()) {
            doc.paragraph(line);
        }
        doc.paragraph("请自收到本通知之日起" + ReplyDeadline.FEE_PAYMENT_DAYS + "个工作日内（即" + ReplyDeadline.format(last)
                + "前）缴纳。发出本通知至缴费期间不计入答复期限；逾期未缴纳的，视为放弃申请，本机关不再处理该申请。"
                + "确有经济困难的，可以提出减免申请并说明理由。");
        return doc.signature(issuer.name(), ReplyDeadline.format(date)).build();
    }

    static OfficialDocument extensionNotice(DisclosureRequest r, LocalDate date, LocalDate newDue) {
        Issuer issuer = issuer(r);
        return OfficialDocument.builder("政府信息公开申请延期答复告知书")
                .number("受理编号：" + r.receiptNumber())
                .addressee(r.applicantName())
                .paragraph(opening(r))
                .paragraph("因需要延长答复期限，经本机关政府信息公开工作机构负责人同意，根据" + REGULATION
                        + "第三十三条第二款的规定，答复期限延长" + r.extensionDays() + "个工作日，本机关将于"
                        + ReplyDeadline.format(newDue) + "前作出答复。")
                .signature(issuer.name(), ReplyDeadline.format(date))
                .build();
    }

    static OfficialDocument correctionNotice(DisclosureRequest r, LocalDate date, LocalDate returnBy) {
        Issuer issuer = issuer(r);
        return OfficialDocument.builder("政府信息公开申请补正告知书")
                .number("受理编号：" + r.receiptNumber())
                .addressee(r.applicantName())
                .paragraph(opening(r))
                .paragraph("经审查，你（单位）的申请内容不明确。根据" + REGULATION + "第三十条的规定，请你（单位）作出补正，"
                        + "说明所需政府信息的名称、文号或者便于本机关查询的其他特征性描述。")
                .paragraph("请于" + ReplyDeadline.format(returnBy) + "前提交补正。答复期限自本机关收到补正的申请之日起计算；"
                        + "无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。")
                .signature(issuer.name(), ReplyDeadline.format(date))
                .build();
    }

    private static Issuer issuer(DisclosureRequest r) {
        return Issuer.of(DivisionDirectory.seed().require(r.division()));
    }

    private static String opening(DisclosureRequest r) {
        return "本机关于" + ReplyDeadline.format(r.receivedOn()) + "收到你（单位）通过" + channel(r.channel())
                + "提出的政府信息公开申请（受理编号：" + r.receiptNumber() + "），申请获取“" + r.description() + "”。";
    }

    private static void history(DisclosureRequest r, OfficialDocument.Builder doc) {
        if (r.correctionReceivedOn() != null) {
            doc.paragraph("经本机关告知补正，你（单位）于" + ReplyDeadline.format(r.correctionReceivedOn())
                    + "提交了补正后的申请，答复期限自该日起计算。");
        }
        boolean consulted = r.pauses().stream().anyMatch(p -> p.kind() == ReplyDeadline.PauseKind.CONSULTATION);
        if (consulted) {
            doc.paragraph("因所申请公开的信息涉及第三方合法权益，本机关依照" + REGULATION
                    + "第三十二条书面征求了第三方的意见，征求意见所需时间不计算在答复期限内。");
        }
        if (r.extensionDays() > 0) {
            doc.paragraph("经本机关政府信息公开工作机构负责人同意，本机关于" + ReplyDeadline.format(r.extendedOn())
                    + "将答复期限延长" + r.extensionDays() + "个工作日，并已告知你（单位）。");
        }
    }

    /** True where the decision paragraph quotes the reason itself. */
    private static boolean decisionCarriesReason(ReplyType type) {
        return type == ReplyType.PARTLY_DISCLOSED || type == ReplyType.OTHER;
    }

    private static String decision(DisclosureRequest r) {
        String law = REGULATION + r.replyType().articles();
        String place = r.replyPlace() == null ? "" : r.replyPlace();
        String reason = r.replyReason() == null ? "" : r.replyReason();
        return switch (r.replyType()) {
            case DISCLOSED -> "经审查，你（单位）申请获取的政府信息属于公开范围。根据" + law
                    + "的规定，本机关决定予以公开，现随本答复书一并提供。";
            case ALREADY_PUBLIC -> "经审查，你（单位）申请获取的政府信息已经主动公开。根据" + law
                    + "的规定，告知你（单位）获取该政府信息的方式和途径：" + place;
            case PARTLY_DISCLOSED -> "经审查，你（单位）申请获取的政府信息中含有不应当公开的内容，但能够作区分处理。根据" + law
                    + "的规定，本机关对可以公开的部分予以公开，现随本答复书一并提供；不予公开的部分及其理由如下：" + reason;
            case WITHHELD_STATE_SECRET -> "经审查，你（单位）申请获取的政府信息属于国家秘密。根据" + law + "的规定，本机关决定不予公开。";
            case WITHHELD_OTHER_LAW -> "经审查，你（单位）申请获取的政府信息属于法律、行政法规禁止公开的信息。根据" + law
                    + "的规定，本机关决定不予公开。";
            case WITHHELD_SECURITY_STABILITY -> "经审查，你（单位）申请获取的政府信息公开后可能危及国家安全、公共安全、经济安全、社会稳定。根据"
                    + law + "的规定，本机关决定不予公开。";
            case WITHHELD_THIRD_PARTY -> "经审查，你（单位）申请获取的政府信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害，"
                    + "且第三方不同意公开、不公开亦不会对公共利益造成重大影响。根据" + law + "的规定，本机关决定不予公开。";
            case WITHHELD_INTERNAL_AFFAIRS -> "经审查，你（单位）申请获取的信息属于人事管理、后勤管理、内部工作流程等内部事务信息。根据"
                    + law + "的规定，本机关决定不予公开。";
            case WITHHELD_PROCESS -> "经审查，你（单位）申请获取的信息属于讨论记录、过程稿、磋商信函、请示报告等过程性信息。根据"
                    + law + "的规定，本机关决定不予公开。";
            case WITHHELD_ENFORCEMENT_FILE -> "经审查，你（单位）申请获取的信息属于行政执法案卷信息。根据" + law + "的规定，本机关决定不予公开。";
            case WITHHELD_ADMINISTRATIVE_QUERY -> "经审查，你（单位）申请获取的信息属于工商、不动产登记资料等信息，有关法律、行政法规对信息的获取有特别规定。根据"
                    + law + "的规定，请你（单位）依照有关法律、行政法规的规定办理。";
            case NOT_HELD -> "经检索，本机关没有你（单位）所申请公开的政府信息。根据" + law + "的规定，特此告知。";
            case NOT_THIS_AGENCY -> "经审查，你（单位）所申请公开的信息不属于本机关负责公开。根据" + law + "的规定，特此告知。";
            case NEEDS_CREATION -> "经审查，你（单位）申请获取的信息需要本机关对现有政府信息进行加工、分析后才能形成。根据" + law
                    + "的规定，本机关不予提供。";
            case STILL_UNCLEAR -> "本机关已告知你（单位）补正，但补正后的申请内容仍不明确，本机关无法确定你（单位）所需的政府信息。根据"
                    + law + "的规定，本机关无法提供。";
            case PETITION_COMPLAINT -> "经审查，你（单位）是以政府信息公开申请的形式进行信访、投诉、举报。根据" + law
                    + "的规定，本机关不作为政府信息公开申请处理，你（单位）可以通过信访、投诉、举报的相应渠道提出。";
            case REPEATED -> "本机关已就你（单位）提出的相同政府信息公开申请作出答复。根据" + law + "的规定，本机关不予重复处理。";
            case PUBLICATION -> "你（单位）要求提供的是政府公报、报刊、书籍等公开出版物。根据" + law + "的规定，告知获取途径：" + place;
            case EXCESSIVE -> "你（单位）申请公开政府信息的数量、频次明显超过合理范围，且说明的理由不合理。根据" + law
                    + "的规定，本机关不予处理。";
            case CONFIRMATION -> "你（单位）要求本机关确认或者重新出具已经获取的信息，不属于政府信息公开申请的处理范围，本机关不予处理。";
            case OTHER -> "本机关对你（单位）的申请处理如下：" + reason;
        };
    }

    /** Remedies, with their time limits (《行政复议法》2023 Art. 20: 60 days; 《行政诉讼法》Art. 46: 6 months). */
    private static String remedies(Issuer issuer) {
        if (issuer.reviewBody().isPresent()) {
            return "如对本答复不服，可以自收到本答复之日起六十日内向" + issuer.reviewBody().get()
                    + "申请行政复议（《中华人民共和国行政复议法》第二十条），或者自收到本答复之日起六个月内依法向人民法院提起行政诉讼"
                    + "（《中华人民共和国行政诉讼法》第四十六条）。";
        }
        if (issuer.villageSupervisor().isPresent()) {
            return "如对本答复有异议，可以向" + issuer.villageSupervisor().get()
                    + "反映，由其负责调查核实并责令依法公布（《中华人民共和国村民委员会组织法》第三十一条）。";
        }
        return "如对本答复不服，可以依法申请行政复议或者提起行政诉讼。";
    }

    private static String channel(RequestChannel channel) {
        return switch (channel) {
            case ONLINE -> "网上申请平台";
            case KIOSK -> "政务公开查阅点自助终端";
            case IN_PERSON -> "当面提交";
            case SIGNED_POST -> "邮寄（签收）";
            case ORDINARY_POST -> "平常信函";
            case FAX -> "传真";
        };
    }
}
