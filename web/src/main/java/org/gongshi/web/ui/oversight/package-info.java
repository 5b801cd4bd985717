/**
 * The county dashboard (route {@code oversight}): each tenant's compliance score with its reasons in a
 * tree of towns and villages, the findings behind a score with links to the screens that fix them,
 * server-side charts ({@code ui.chart.BarChart}), and the monthly bulletins and quarterly cards issued,
 * downloaded and submitted as notices. Reads and writes only through {@code oversight.OversightService};
 * no other capability's screens depend on it.
 */
package org.gongshi.web.ui.oversight;
