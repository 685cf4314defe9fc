story "Fixture" id fixture

scene start "Start"
  A room.
	The tab-indented line.
