story "Fixture" id fixture

scene checkpoint "The Checkpoint"
  Thousands of people are pressed against the barrier.
  exit south to street
  thing barrier "barrier"
    fixed
    A red-and-white barrier.
  on walk through the barrier
    if warned
      You walk through.
      go to bridge
    else
      The guards are watching you. Are you sure?
      set warned

scene street "The Street"
  An empty street.
  exit north to checkpoint

scene bridge "The Bridge"
  The steel bridge. You could cross the bridge into the West.
  on cross the bridge
    end west

ending west "West" success
  You are in the West.
