/** Records that cross stage boundaries: papers, passages, hits, reports. Imports nothing outside the JDK. */
package org.councilsearch.model;
