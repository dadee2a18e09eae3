/**
 * Shared kernel: rule rejections that cite the law, problem details, navigation contributions, the acting user and
 * the one clock (Beijing time) every module reads "now" from.
 * Every module may use it; it depends on no module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.zhifa.common;
