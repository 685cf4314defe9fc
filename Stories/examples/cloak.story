# Cloak of Darkness: Roger Firth's demonstration game, in the elbe-adventure story language.
story "Cloak of Darkness"
  id cloak-of-darkness
  by Roger Firth (this version by the elbe-adventure authors)
  version 1
  maximum score 2
  introduction
    Hurrying through the rainswept November night, you're glad to see the bright lights of the Opera House. It's surprising that there aren't more people about but, hey, what do you expect in a cheap demo game...?
  credits
    A basic IF demonstration.

    Cloak of Darkness was designed by Roger Firth in 1999, as a "hello world" for interactive fiction systems.

understand hang as put

scene foyer "Foyer of the Opera House"
  You are standing in a spacious hall, splendidly decorated in red and gold, with glittering chandeliers overhead. The entrance from the street is to the north, and there are doorways south and west.
  exit south to bar
  exit west to cloakroom
  on north
    You've only just arrived, and besides, the weather outside seems to be getting worse.

scene cloakroom "Cloakroom"
  The walls of this small room were clearly once lined with hooks, though now only one remains. The exit is a door to the east.
  exit east to foyer
  thing hook "small brass hook"
    nouns peg
    scenery
    supporter
    It's just a small brass hook, {if cloak is on hook}with a cloak hanging on it.{else}screwed to the wall.{end}
  on put {cloak} on {hook} if not hung
    set hung
    award 1 point
    continue

scene bar "Foyer Bar"
  dark unless cloak is in cloakroom
  The bar, much rougher than you'd have guessed after the opulence of the foyer to the north, is completely empty. There seems to be some sort of message scrawled in the sawdust on the floor.
  exit north to foyer
  thing message "scrawled message"
    nouns sawdust, floor, writing
    scenery
  on read {message}, examine {message}
    if disturbed < 2
      The message, neatly marked in the sawdust, reads...
      award 1 point
      end won
    else
      The message has been carelessly trampled, making it difficult to read. You can just distinguish the words...
      end lost
  on south, east, west, northeast, northwest, southeast, southwest, up, down, in, out if cloak is not in cloakroom
    Blundering around in the dark isn't a good idea!
    add 2 to disturbed
  on any other command if cloak is not in cloakroom
    In the dark? You could easily disturb something!
    add 1 to disturbed

thing cloak "velvet cloak"
  adjectives handsome, dark, black, satin
  starts worn
  wearable
  A handsome cloak, of velvet trimmed with satin, and slightly spattered with raindrops. Its blackness is so deep that it almost seems to suck light from the room.

on drop {cloak}, put {cloak} on {anything}, put {cloak} in {anything} if not in cloakroom
  This isn't the best place to leave a smart cloak lying around.

ending won "You have won" success
  You have won.

ending lost "You have lost" failure
  You have lost.
