package io.roadcase.model;

/** Paper size of the PDF briefs. */
public enum PageSize implements Word {
    A4, LETTER
}
