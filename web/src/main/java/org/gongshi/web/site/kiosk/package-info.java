/**
 * The reading-point kiosk (查阅点): one division's public board on a touch screen in the village
 * service centre, for readers who only touch. Owns its pages, scripts and service worker; reads
 * through {@code PublicBoard}, {@code BoardSectionService}, {@code AttachmentService} and
 * {@code NoticeSearch} only, always for the kiosk's own division. Must not link anywhere outside
 * {@code /kiosk/{code}/}, keep a session or set a cookie.
 */
package org.gongshi.web.site.kiosk;
