/**
 * The staff screens (Vaadin Flow): the application shell, the main layout with the signed-in
 * user's division, the clerk's notice editor (attributes, submission to review, publication,
 * withdrawal, preview, history, autosave) and the reviewer's queue. Views call the business EJBs
 * directly and turn every business refusal ({@link org.gongshi.shared.GongshiException}) into a
 * translated notification; user text comes only from the {@code vaadin-i18n} bundles, Chinese first.
 */
package org.gongshi.web.ui;
