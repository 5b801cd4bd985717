/**
 * Attachments of notices: PDF files, images, Word and Excel documents, checked by their content
 * (never by their name) and limited in size and number. Clerks attach files to drafts only, so an
 * attachment is reviewed with its notice; the public reads the attachments of notices on the board
 * only. Owns the ATTACHMENT and ATTACHMENT_CONTENT tables; reaches the database only through
 * {@code access.TenantData}; must not know about the web layer.
 */
package org.gongshi.attachment;
