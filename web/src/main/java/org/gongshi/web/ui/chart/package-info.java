/**
 * Small charts for the staff screens, drawn on the server as SVG (Vaadin Charts is commercial, and
 * custom front-end code does not build here). Every label is escaped; every chart carries a text
 * alternative for screen readers. No business types: callers pass labels and numbers.
 */
package org.gongshi.web.ui.chart;
