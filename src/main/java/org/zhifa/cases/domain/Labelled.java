package org.zhifa.cases.domain;

/** A choice shown to users by its Chinese label (form options, documents). */
public interface Labelled {

    String name();

    String label();
}
