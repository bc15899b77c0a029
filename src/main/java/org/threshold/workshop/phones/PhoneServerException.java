package org.threshold.workshop.phones;

/** The phone server could not start (the port is taken, the address is gone), with one plain sentence saying so. */
public final class PhoneServerException extends RuntimeException {
    public PhoneServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
