/** The workbench: the home page after login and the navigation assembled from what the modules contribute. */
package org.zhifa.workbench;
