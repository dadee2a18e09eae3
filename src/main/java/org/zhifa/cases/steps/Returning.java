package org.zhifa.cases.steps;

import org.zhifa.cases.procedure.CaseState;

/** The input of 退回: the earlier state the case goes back to. */
public interface Returning {

    CaseState toState();
}
