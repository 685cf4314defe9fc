story "Fixture" id fixture

scene room "Mission Control"
  A back room full of consoles.
  person jack "Jack Garman"
    A young engineer with the alarm list.
    talk
      "Program alarm," Jack says.
  on abort
    Jack grabs your arm. "An abort for a 1202? They would fire the ascent
    engine and leave the Moon without landing. Are you sure?
  on say go
    "Go," you say.

    "We are go on that alarm," the capcom says. "Roger.
    "Go!" the room says.
    end landed

ending landed "Landed" success
  The Eagle has landed.
