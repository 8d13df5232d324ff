package org.entente.model;

/** An actor taking part in an event, in a role such as host, guest or voter (null if none). */
public record Participant(Actor actor, String role) {
    public static final String HOST = "host";
    public static final String GUEST = "guest";
    public static final String VOTER = "voter";
    public static final String SUBJECT = "subject";

    public Participant {
        if (actor == null) throw new IllegalArgumentException("a participant needs an actor");
        if (role != null && role.isBlank()) role = null;
    }
}
