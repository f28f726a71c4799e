/**
 * The customer lifecycle: ordered {@link dev.cxkit.model.lifecycle.LifecycleStage stages} grouped
 * into the prepurchase, purchase and postpurchase {@link dev.cxkit.model.lifecycle.LifecyclePhase
 * phases} (Lemon and Verhoef 2016), assembled into a validated {@link
 * dev.cxkit.model.lifecycle.LifecycleModel}.
 */
@CxStyle
@NullMarked
package dev.cxkit.model.lifecycle;

import dev.cxkit.model.internal.CxStyle;
import org.jspecify.annotations.NullMarked;
