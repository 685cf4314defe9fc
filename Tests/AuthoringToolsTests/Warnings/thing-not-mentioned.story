story "Storeroom" id storeroom

scene storeroom "Storeroom"
  Shelves of binders and spare headsets.
  exit up to lobby
  thing locker "steel locker"
    container
    fixed
    openable
    A grey steel locker.
  thing shelves "shelves"
    fixed
  thing sheet "crib sheet"
    starts in locker

scene lobby "Lobby"
  The lobby.
  on cheer
    end won

ending won "Won" success
  You won.
