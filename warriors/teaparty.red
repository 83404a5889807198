;redcode-94
;name Mad Tea-Party
;author Red Queen arena
;strategy Paper (silk style), a two-carpet cousin of Pack of Cards. Eight processes in lockstep
;strategy copy the eight-line table somewhere else and are already running the copy before it is
;strategy finished; then each pass lays two DAT carpets, one walking forward and one walking
;strategy backward (so a sitting loop or an imp trail gets cut from both sides), re-aims and
;strategy moves on. Every table keeps seating guests, so the party grows faster than a bomber
;strategy can thin it. Constants from a random search on validation warriors.
;assert CORESIZE == 8000

SEAT    equ     3814            ; where the first copy goes, relative to this table
MOVE    equ     3923            ; each later copy lands 8*MOVE+8 beyond the one before
FWD     equ     1535            ; where the forward carpet starts (grows up, through B)
BACK    equ     4892            ; where the backward carpet starts (grows down, through B)

        org     guests

; Three SPL 1 turn one process into eight that all stand on the same line, in order.
guests  spl     1
        spl     1
        spl     1

; All eight SPLs read table's B field before any MOV below changes it, so every
; new process lands on the first line of the copy.
table   spl     @0, SEAT
; One line each, through table's A field (source) and B field (target).
        mov.i   }table, >table
; Eight DATs up: the far cell's B starts at 0, so the first lands on it and leaves B = 1,
; then the post-increments walk the rest along.
        mov.i   cup, >FWD
; Eight DATs down: the pre-decrement walks from the cell below BACK downwards.
        mov.i   cup, <BACK
; Eight adds: A goes from 8 back to 0, B moves on so the next copy goes somewhere new.
        add.f   move, table
        jmp     table
move    dat     -1, MOVE
cup     dat     1, 1            ; the bomb (its B field of 1 keeps the forward carpet in a row)

        end
