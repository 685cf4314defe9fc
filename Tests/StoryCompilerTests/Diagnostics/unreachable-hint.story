story "Hints" id hints

scene lobby "Building 30 Lobby"
  Reporters crowd the lobby. A guard stands by the door in.
  hint Look around the lobby.
  hint Wear the badge before you go in.
    only if holding badge
  thing badge "visitor badge"
    wearable
    A laminated visitor badge.
