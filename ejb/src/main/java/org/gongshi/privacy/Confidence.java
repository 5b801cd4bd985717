package org.gongshi.privacy;

/**
 * How sure the scanner is that a finding is what its kind says. Every finding counts — publication is
 * blocked and masking masks on any of them (fail closed); confidence only orders them for the clerk
 * and decides between two readings of the same digits.
 */
public enum Confidence {
    /** E.g. an ID with a valid check character, a contiguous mobile number, a card passing Luhn. */
    HIGH,
    /** E.g. a 15-digit old ID (no check character), a contiguous 12–19-digit number. */
    MEDIUM,
    /** E.g. an ID whose check character is wrong, a card number put together from spaced groups. */
    LOW
}
