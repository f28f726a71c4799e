/**
 * Channels and touchpoints: where customer and company meet, who owns each {@link
 * dev.cxkit.model.touchpoint.Touchpoint touchpoint} ({@link dev.cxkit.model.touchpoint.Ownership},
 * Lemon and Verhoef 2016), how much the company controls it ({@link
 * dev.cxkit.model.touchpoint.ControlLevel}) and which {@link
 * dev.cxkit.model.touchpoint.BusinessFunction business function} answers for it, including the
 * internal process touchpoints companies overlook (billing, quoting, field service, ...).
 */
@CxStyle
@NullMarked
package dev.cxkit.model.touchpoint;

import dev.cxkit.model.internal.CxStyle;
import org.jspecify.annotations.NullMarked;
