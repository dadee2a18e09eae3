package org.zhifa.cases.internal;

/** What a group of steps establishes on the case once its guards allowed it. */
interface StepEffect {

    /** Applies the step when this group handles it; false otherwise. */
    boolean apply(StepContext s);
}
