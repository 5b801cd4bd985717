/** The audit trail: who did what to which record of which tenant, written inside each use case's transaction. */
package org.gongshi.audit;
