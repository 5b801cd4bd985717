/**
 * The staff screens of relief and poverty lists (issue #5): import a list (type, upload, column
 * mapping with suggestions, progress, the masked preview residents will see, submission to review),
 * the division's lists with their state, and the masking rules a tenant administrator sets per list
 * type. Screens call {@link org.gongshi.relief.ReliefListService} for the caller's own division only
 * (a county supervisor reads); they never hold a raw value beyond the upload's bytes on their way to
 * the service, and show only what the service masked.
 */
package org.gongshi.web.ui.relief;
