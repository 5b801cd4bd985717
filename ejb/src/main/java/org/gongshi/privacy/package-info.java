/**
 * Personal data (去标识化, Regulation Art. 15; PIPL Arts. 6, 47; GB/T 37964-2019, GB/T 35273):
 * recognising citizen ID, mobile and bank-card numbers in the forms people really type
 * ({@link org.gongshi.privacy.PersonalDataScanner}), masking them by a per-field policy with safe
 * defaults and a floor ({@link org.gongshi.privacy.MaskingPolicy}, {@link org.gongshi.privacy.MaskRule},
 * {@link org.gongshi.privacy.Redaction}), and keyed hashes of ID numbers so that a resident can check a
 * list without anyone storing the number ({@link org.gongshi.privacy.IdNumberHash}). Pure domain code:
 * no database, no clock.
 * <p>
 * Must not depend on notices, relief lists or requests; they depend on it.
 */
package org.gongshi.privacy;
