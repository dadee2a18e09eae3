package org.zhifa.cases.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.zhifa.cases.DecisionOutcome;
import org.zhifa.cases.domain.Confiscation;
import org.zhifa.cases.domain.Correction;
import org.zhifa.cases.domain.ServiceFacts;
import org.zhifa.catalog.PenaltyKind;

/** What a guard may read from a step's input: the input records implement the facets they carry. */
public final class InputFacts {

    private InputFacts() {
    }

    /** The officers who performed the act (present at an inquiry, an inspection, a measure, an on-the-spot decision). */
    public interface OfficersPresent {
        List<Long> officerIds();
    }

    /** The service of a document. */
    public interface Served {
        ServiceFacts service();
    }

    /** A proposed or decided penalty. */
    public interface Penalising {
        DecisionOutcome outcome();

        Set<PenaltyKind> penaltyKinds();

        BigDecimal amountYuan();

        Confiscation confiscation();

        Correction correction();
    }

    /** A hearing being scheduled. */
    public interface Presiding {
        Long presidingOfficerId();
    }

    /** An extension of the case limit. */
    public interface Extending {
        LocalDate newDueDate();

        Boolean collectiveDecision();
    }

    /** A fine collected on the spot, and why that is allowed (处罚法 Art. 68–69); null ground: paid at a bank later. */
    public interface CollectingOnSpot {
        org.zhifa.cases.domain.Choices.CollectionGround collectionGround();
    }

    /** The proposal's discretion facts and factors, answered as the benchmark names them. */
    public interface Discretion {
        java.util.Map<String, Object> discretionFacts();

        Set<String> discretionFactors();

        String amountReason();
    }

    /** The head or the handler finds the case difficult, complex or serious. */
    public interface Complex {
        Boolean complexCase();
    }

    /** The decision states that it rests on the hearing record (《行政处罚法》第六十五条). */
    public interface CitingHearing {
        Boolean citesHearingRecord();
    }
}
