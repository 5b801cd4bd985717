/**
 * The tenancy kernel: who a tenant is and what a caller may touch.
 * <p>
 * A tenant is an administrative division, named by its statistical division code
 * (统计用区划代码). Codes nest by prefix: county {@code 330328} 文成县 contains town
 * {@code 330328101} 百丈漈镇, which contains village {@code 330328101200} 篁庄村委会.
 * This package owns the codes ({@link org.gongshi.tenancy.DivisionCode}), the directory of known
 * divisions ({@link org.gongshi.tenancy.DivisionDirectory}), the scopes that bound a caller's reads
 * and writes ({@link org.gongshi.tenancy.TenantScope}) and the staff identity they derive from.
 * <p>
 * No business features live here, and nothing here touches persistence, CDI or the UI: the jar
 * sits in the EAR's {@code lib/} and every other module builds on it.
 */
package org.gongshi.tenancy;
