package org.warrant.maps;

/** How a node bears on its parent: for it, against it, or neither (claims). */
public enum Stance {
    NONE,
    PRO,
    CON
}
