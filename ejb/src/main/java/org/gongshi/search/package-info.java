/** Chinese full-text search of the public boards. */
package org.gongshi.search;
