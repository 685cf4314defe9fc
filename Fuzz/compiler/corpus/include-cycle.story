story "Fixture" id fixture

include "include-cycle-part.storypart"

scene start "Start"
  A room.
