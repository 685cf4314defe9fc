# A warning read only in the camp: once the player has crossed the bridge, which falls behind
# them, whether they were warned cannot change anything, so `verify` must not tell those states
# apart. Crossing without the lamp strands you in the dark.
story "Left Behind" id left-behind

scene camp "The Camp"
  A camp by the river. A rotten bridge leads east.
  exit east to far-bank
  on jump in river
    if warned
      You jump.
      end drowned
    else
      "Don't," says the sergeant. "Jump again if you mean it."
      set warned
  thing lamp "storm lamp"
    A storm lamp.
  thing rope "coil of rope"
    A coil of rope.

scene far-bank "The Far Bank"
  The bridge falls into the river behind you. A cave opens in the bank.
  on light lamp
    only if holding lamp, else "You have no lamp."
    end found
  on tie rope
    only if holding rope, else "You have no rope."
    You tie the rope to a root.

ending drowned "Drowned" failure
  The river takes you.

ending found "Found" success
  The lamp shows the way through the cave.
