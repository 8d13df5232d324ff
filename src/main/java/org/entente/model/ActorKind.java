package org.entente.model;

/** What an actor is. */
public enum ActorKind {
    COUNTRY, ORGANISATION, PERSON, BLOC;

    public String label() {
        return switch (this) {
            case COUNTRY -> "Country";
            case ORGANISATION -> "Organisation";
            case PERSON -> "Person";
            case BLOC -> "Bloc";
        };
    }
}
