/**
 * SMS over SMPP 3.4: text encoding into segments (GSM 03.38 or UCS-2), the gateway that binds to an operator's SMSC
 * and submits with India's DLT parameters, and an embedded SMSC for the demo and the tests. Plain Java, no feature
 * of the portal.
 */
@NullMarked
package app.haat.sms;

import org.jspecify.annotations.NullMarked;
