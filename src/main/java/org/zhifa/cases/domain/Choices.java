package org.zhifa.cases.domain;

/** The closed choices of the case record, each with its Chinese label ({@link Label} on the constant). */
public final class Choices {

    private Choices() {
    }

    /** How a document was served (《行政处罚法》第六十一条; 《民事诉讼法》). */
    public enum ServiceMethod implements Labelled {
        @Label("直接送达")
        DIRECT,
        @Label("邮寄送达")
        MAIL,
        @Label("留置送达")
        LEFT_AT_ADDRESS,
        @Label("电子送达（已签署送达地址确认书）")
        ELECTRONIC,
        @Label("公告送达（公告之日起经过三十日视为送达）")
        PUBLIC_NOTICE
    }

    public enum StatementForm implements Labelled {
        @Label("书面")
        WRITTEN,
        @Label("口头（已制作笔录）")
        ORAL
    }

    /** The written review of a statement or defence (《行政处罚法》第四十五条). */
    public enum ReviewConclusion implements Labelled {
        @Label("采纳")
        ADOPTED,
        @Label("部分采纳")
        PARTLY_ADOPTED,
        @Label("不予采纳")
        NOT_ADOPTED
    }

    public enum Attendance implements Labelled {
        @Label("当事人本人出席")
        PARTY,
        @Label("委托代理人出席")
        AGENT,
        @Label("当事人及委托代理人出席")
        PARTY_AND_AGENT,
        @Label("无正当理由未出席（视为放弃听证）")
        ABSENT
    }

    public enum HearingPublicity implements Labelled {
        @Label("公开举行")
        PUBLIC,
        @Label("不公开举行（涉及国家秘密、商业秘密或者个人隐私）")
        NOT_PUBLIC
    }

    public enum MeasureKind implements Labelled {
        @Label("扣押")
        SEIZE,
        @Label("查封")
        SEAL
    }

    /**
     * The items of 《行政强制法》第二十八条第一款 under which a seizure or sealing is released, each labelled with the law's
     * own words; {@link #item()} is the number of the item (第（N）项) the 解除行政强制措施决定书 cites (式样之十).
     */
    public enum ReleaseGround implements Labelled {
        @Label("当事人没有违法行为")
        NO_VIOLATION,
        @Label("查封、扣押的场所、设施或者财物与违法行为无关")
        NOT_RELATED,
        @Label("行政机关对违法行为已经作出处理决定，不再需要查封、扣押")
        DECIDED,
        @Label("查封、扣押期限已经届满")
        PERIOD_EXPIRED,
        @Label("其他不再需要采取查封、扣押措施的情形")
        NO_LONGER_NEEDED;

        /** 第（N）项: the item's number in 第二十八条第一款. */
        public int item() {
            return ordinal() + 1;
        }
    }

    /** 罚缴分离 (《行政处罚法》第六十七条): the unit records payments made at a bank or online, never cash. */
    public enum PaymentChannel implements Labelled {
        @Label("指定银行缴款")
        BANK,
        @Label("电子支付系统缴款")
        ONLINE
    }

    /** Why a fine may be collected on the spot (《行政处罚法》第六十八条、第六十九条). */
    public enum CollectionGround implements Labelled {
        @Label("依法给予一百元以下罚款")
        UP_TO_100_YUAN,
        @Label("不当场收缴事后难以执行")
        HARD_TO_COLLECT,
        @Label("边远、水上、交通不便地区，当事人到指定银行缴纳确有困难，经当事人提出")
        REMOTE_AREA
    }

    public enum PauseKind implements Labelled {
        @Label("行政复议")
        RECONSIDERATION,
        @Label("行政诉讼")
        LITIGATION
    }

    public enum RecusalApplicant implements Labelled {
        @Label("当事人申请")
        PARTY,
        @Label("执法人员本人申请")
        OFFICER,
        @Label("负责人决定")
        HEAD
    }

    public enum Signature implements Labelled {
        @Label("当事人签收")
        SIGNED,
        @Label("当事人拒绝签收")
        REFUSED
    }

    public enum WaiverForm implements Labelled {
        @Label("当事人书面声明")
        WRITTEN,
        @Label("当事人口头声明，已记录并签名")
        RECORDED
    }

    /**
     * 性别 of a person a record names, as entered (询问笔录 式样之二, 现场笔录 式样之四; the 听证笔录's third parties and other
     * participants, 式样之十三).
     */
    public enum Sex implements Labelled {
        @Label("男")
        MALE,
        @Label("女")
        FEMALE
    }
}
