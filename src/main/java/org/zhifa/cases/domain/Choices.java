package org.zhifa.cases.domain;

/** The closed choices of the case record, each with its Chinese label. */
public final class Choices {

    private Choices() {
    }

    /** How a document was served (《行政处罚法》第六十一条; 《民事诉讼法》). */
    public enum ServiceMethod implements Labelled {
        DIRECT("直接送达"), MAIL("邮寄送达"), LEFT_AT_ADDRESS("留置送达"),
        ELECTRONIC("电子送达（已签署送达地址确认书）"), PUBLIC_NOTICE("公告送达（公告之日起经过三十日视为送达）");

        private final String label;

        ServiceMethod(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum StatementForm implements Labelled {
        WRITTEN("书面"), ORAL("口头（已制作笔录）");

        private final String label;

        StatementForm(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The written review of a statement or defence (《行政处罚法》第四十五条). */
    public enum ReviewConclusion implements Labelled {
        ADOPTED("采纳"), PARTLY_ADOPTED("部分采纳"), NOT_ADOPTED("不予采纳");

        private final String label;

        ReviewConclusion(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Attendance implements Labelled {
        PARTY("当事人本人出席"), AGENT("委托代理人出席"), PARTY_AND_AGENT("当事人及委托代理人出席"),
        ABSENT("无正当理由未出席（视为放弃听证）");

        private final String label;

        Attendance(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum HearingPublicity implements Labelled {
        PUBLIC("公开举行"), NOT_PUBLIC("不公开举行（涉及国家秘密、商业秘密或者个人隐私）");

        private final String label;

        HearingPublicity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum MeasureKind implements Labelled {
        SEIZE("扣押"), SEAL("查封");

        private final String label;

        MeasureKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** 罚缴分离 (《行政处罚法》第六十七条): the unit records payments made at a bank or online, never cash. */
    public enum PaymentChannel implements Labelled {
        BANK("指定银行缴款"), ONLINE("电子支付系统缴款");

        private final String label;

        PaymentChannel(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Why a fine may be collected on the spot (《行政处罚法》第六十八条、第六十九条). */
    public enum CollectionGround implements Labelled {
        UP_TO_100_YUAN("依法给予一百元以下罚款"), HARD_TO_COLLECT("不当场收缴事后难以执行"),
        REMOTE_AREA("边远、水上、交通不便地区，当事人到指定银行缴纳确有困难，经当事人提出");

        private final String label;

        CollectionGround(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum PauseKind implements Labelled {
        RECONSIDERATION("行政复议"), LITIGATION("行政诉讼");

        private final String label;

        PauseKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum RecusalApplicant implements Labelled {
        PARTY("当事人申请"), OFFICER("执法人员本人申请"), HEAD("负责人决定");

        private final String label;

        RecusalApplicant(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Signature implements Labelled {
        SIGNED("当事人签收"), REFUSED("当事人拒绝签收");

        private final String label;

        Signature(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum WaiverForm implements Labelled {
        WRITTEN("当事人书面声明"), RECORDED("当事人口头声明，已记录并签名");

        private final String label;

        WaiverForm(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
