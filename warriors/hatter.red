;redcode-94
;name Mad Hatter
;author Red Queen arena
;strategy Quickscan, then silk paper. In its first few dozen cycles the Hatter compares pairs of
;strategy cells spread over the whole core (an empty core is all DAT 0,0, so any difference
;strategy means someone is there); on a hit it works out which cell it was and lays two short DAT
;strategy carpets out from it, one forward and one backward. Hit or miss, it then boots the
;strategy Mad Tea-Party paper: eight processes in lockstep copy an eight-line table elsewhere,
;strategy each pass lays a forward and a backward DAT carpet, re-aims and copies again.
;strategy Constants from a random search on validation warriors.
;assert CORESIZE == 8000

QB      equ     165             ; first probed cell, past our own code
QS      equ     121             ; step between probes, spreading 72 of them over the core
QD      equ     3949            ; each probe compares a cell with the one QD further on
QN      equ     16              ; passes of the carpet around a hit (two DATs each)
SEAT    equ     3814            ; where the first paper copy goes, relative to the table
MOVE    equ     862             ; each later copy lands 8*MOVE+8 beyond the one before
FWD     equ     1542            ; where the paper's forward carpet starts
BACK    equ     4892            ; where the paper's backward carpet starts

        org     qscan

; Each block looks at four cells in two cycles: SNE skips to the JMP if its pair differs,
; SEQ falls onto it if its pair differs. Probe k is cell QB+k*QS from here, and QD beyond.
qscan   sne.i   qscan+QB, qscan+QB+QD
        seq.i   qscan+QB+QS, qscan+QB+QS+QD
        jmp     q0
        sne.i   qscan+QB+QS*2, qscan+QB+QS*2+QD
        seq.i   qscan+QB+QS*3, qscan+QB+QS*3+QD
        jmp     q1
        sne.i   qscan+QB+QS*4, qscan+QB+QS*4+QD
        seq.i   qscan+QB+QS*5, qscan+QB+QS*5+QD
        jmp     q2
        sne.i   qscan+QB+QS*6, qscan+QB+QS*6+QD
        seq.i   qscan+QB+QS*7, qscan+QB+QS*7+QD
        jmp     q3
        sne.i   qscan+QB+QS*8, qscan+QB+QS*8+QD
        seq.i   qscan+QB+QS*9, qscan+QB+QS*9+QD
        jmp     q4
        sne.i   qscan+QB+QS*10, qscan+QB+QS*10+QD
        seq.i   qscan+QB+QS*11, qscan+QB+QS*11+QD
        jmp     q5
        sne.i   qscan+QB+QS*12, qscan+QB+QS*12+QD
        seq.i   qscan+QB+QS*13, qscan+QB+QS*13+QD
        jmp     q6
        sne.i   qscan+QB+QS*14, qscan+QB+QS*14+QD
        seq.i   qscan+QB+QS*15, qscan+QB+QS*15+QD
        jmp     q7
        sne.i   qscan+QB+QS*16, qscan+QB+QS*16+QD
        seq.i   qscan+QB+QS*17, qscan+QB+QS*17+QD
        jmp     q8
        sne.i   qscan+QB+QS*18, qscan+QB+QS*18+QD
        seq.i   qscan+QB+QS*19, qscan+QB+QS*19+QD
        jmp     q9
        sne.i   qscan+QB+QS*20, qscan+QB+QS*20+QD
        seq.i   qscan+QB+QS*21, qscan+QB+QS*21+QD
        jmp     q10
        sne.i   qscan+QB+QS*22, qscan+QB+QS*22+QD
        seq.i   qscan+QB+QS*23, qscan+QB+QS*23+QD
        jmp     q11
        sne.i   qscan+QB+QS*24, qscan+QB+QS*24+QD
        seq.i   qscan+QB+QS*25, qscan+QB+QS*25+QD
        jmp     q12
        sne.i   qscan+QB+QS*26, qscan+QB+QS*26+QD
        seq.i   qscan+QB+QS*27, qscan+QB+QS*27+QD
        jmp     q13
        sne.i   qscan+QB+QS*28, qscan+QB+QS*28+QD
        seq.i   qscan+QB+QS*29, qscan+QB+QS*29+QD
        jmp     q14
        sne.i   qscan+QB+QS*30, qscan+QB+QS*30+QD
        seq.i   qscan+QB+QS*31, qscan+QB+QS*31+QD
        jmp     q15
        sne.i   qscan+QB+QS*32, qscan+QB+QS*32+QD
        seq.i   qscan+QB+QS*33, qscan+QB+QS*33+QD
        jmp     q16
        sne.i   qscan+QB+QS*34, qscan+QB+QS*34+QD
        seq.i   qscan+QB+QS*35, qscan+QB+QS*35+QD
        jmp     q17

; Nothing found: three SPL 1 turn one process into eight on the same line, in order.
guests  spl     1
        spl     1
        spl     1
; All eight SPLs read table's B field before any MOV changes it, so each lands on the copy.
table   spl     @0, SEAT
        mov.i   }table, >table  ; one line each, through A (source) and B (target)
        mov.i   cup, >FWD       ; eight DATs up
        mov.i   cup, <BACK      ; eight DATs down
        add.f   move, table     ; A back to 0, B on to the next seat
        jmp     table
move    dat     -1, MOVE
cup     dat     1, 1            ; the bomb, for the paper and the quickscan alike

; Decoder: block k enters k adds above q0, so qptr ends up on probe 2k.
q17     add.ab  #QS*2, qptr
q16     add.ab  #QS*2, qptr
q15     add.ab  #QS*2, qptr
q14     add.ab  #QS*2, qptr
q13     add.ab  #QS*2, qptr
q12     add.ab  #QS*2, qptr
q11     add.ab  #QS*2, qptr
q10     add.ab  #QS*2, qptr
q9      add.ab  #QS*2, qptr
q8      add.ab  #QS*2, qptr
q7      add.ab  #QS*2, qptr
q6      add.ab  #QS*2, qptr
q5      add.ab  #QS*2, qptr
q4      add.ab  #QS*2, qptr
q3      add.ab  #QS*2, qptr
q2      add.ab  #QS*2, qptr
q1      add.ab  #QS*2, qptr
q0      seq.i   blank, @qptr    ; probe 2k itself?
        jmp     found
        add.ab  #QD, qptr       ; its partner QD on?
        seq.i   blank, @qptr
        jmp     found
        add.ab  #QS-QD, qptr    ; probe 2k+1?
        seq.i   blank, @qptr
        jmp     found
        add.ab  #QD, qptr       ; then it must be its partner
; Lay DATs from the hit outwards both ways (A field walks down, B field walks up), then boot.
found   mov.ba  qptr, qptr
qloop   mov.i   cup, >qptr
        mov.i   cup, {qptr
        djn     qloop, #QN
        jmp     guests
qptr    dat     0, qscan+QB
blank   dat     0, 0            ; what an empty cell looks like

        end
