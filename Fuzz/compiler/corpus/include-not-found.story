story "Fixture" id fixture

include "missing-file.story"

scene start "Start"
  A room.
