/** The database schema: versioned migrations run at start-up. Owns no entities. */
package org.gongshi.schema;
