/**
 * The staff screens of disclosure on request (依申请公开, Regulation Arts. 27–45; issue #6): the
 * inbox with each request's facts, due date, letters and the steps its state allows; what is due
 * and overdue; and the information often asked for that may move to proactive disclosure
 * (Art. 44). Screens call {@link org.gongshi.request.RequestService} for the caller's own division
 * only (a county supervisor's own division reads its subtree) and offer only what
 * {@link org.gongshi.request.RequestPermissions} allows.
 */
package org.gongshi.web.ui.request;
